import { type Library, loadLibrary } from '../scenario/library';

// Vite inlines every scenario file at build time; the app validates them like the CLI does.
const files = import.meta.glob<string>(['/scenarios/*.yaml', '!/scenarios/*.walkthrough.yaml'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The scenarios shipped with the app, validated; bad files come back as problems. */
export function builtInLibrary(): Library {
  return loadLibrary(
    Object.entries(files)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, text]) => ({ name: path.replace(/^\//, ''), text })),
  );
}
