import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
// CodeMirror's own highlighting tags (a dependency of @codemirror/language, same copy).
import { tags } from '@lezer/highlight';

const mono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/**
 * The editor in the app's colours: every colour is one of the page's variables, so the dark
 * theme (prefers-color-scheme) applies without a second theme, and the AA pairs hold.
 */
export const editorTheme = [
  EditorView.theme({
    '&': {
      color: 'var(--ink)',
      backgroundColor: 'var(--paper)',
      border: '1px solid var(--line)',
      borderRadius: '0.4rem',
      height: '30rem',
      fontSize: '0.9rem',
    },
    '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
    '.cm-scroller': { fontFamily: mono, overflow: 'auto' },
    '.cm-content': { caretColor: 'var(--ink)' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--ink)' },
    '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
      backgroundColor: 'var(--accent-soft)',
    },
    '.cm-gutters': {
      backgroundColor: 'var(--soft)',
      color: 'var(--muted)',
      borderRight: '1px solid var(--line)',
    },
    '.cm-activeLine': { backgroundColor: 'transparent' },
    '.cm-activeLineGutter': { backgroundColor: 'var(--accent-soft)', color: 'var(--ink)' },
    '.cm-tooltip': {
      backgroundColor: 'var(--paper)',
      color: 'var(--ink)',
      border: '1px solid var(--line)',
      maxWidth: '28rem',
    },
    '.cm-tooltip-autocomplete ul li[aria-selected]': {
      backgroundColor: 'var(--accent)',
      color: 'var(--accent-ink)',
    },
    '.cm-completionDetail': { color: 'inherit', fontStyle: 'italic', marginLeft: '0.5em' },
    '.cm-completionInfo, .cm-field-help': { padding: '0.3rem 0.5rem', fontFamily: 'inherit' },
    '.cm-diagnostic-error': { borderLeftColor: 'var(--danger)' },
    '.cm-diagnostic-warning': { borderLeftColor: 'var(--fair)' },
    '.cm-panels': { backgroundColor: 'var(--soft)', color: 'var(--ink)' },
  }),
  syntaxHighlighting(
    HighlightStyle.define([
      { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--accent-dark)' },
      { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--good)' },
      { tag: [tags.string, tags.content], color: 'var(--ink)' },
      { tag: tags.comment, color: 'var(--muted)', fontStyle: 'italic' },
      { tag: [tags.meta, tags.punctuation, tags.separator], color: 'var(--muted)' },
      { tag: [tags.keyword, tags.labelName, tags.typeName], color: 'var(--fair)' },
    ]),
  ),
];
