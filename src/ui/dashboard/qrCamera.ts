/**
 * The browser's barcode reader and camera, behind a small interface: where `BarcodeDetector`
 * reads `qr_code` and `getUserMedia` gives a camera. Frames are read on this device only.
 */

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeReader {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
/** The part of the Barcode Detection API used here (not yet in TypeScript's DOM types). */
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeReader;
  getSupportedFormats(): Promise<string[]>;
}

function detectorClass(): BarcodeDetectorClass | undefined {
  const found = (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector;
  return typeof found === 'function' ? (found as BarcodeDetectorClass) : undefined;
}

/** True when this browser can read QR codes from a camera. */
export async function canReadQrCodes(): Promise<boolean> {
  const Detector = detectorClass();
  if (!Detector || typeof navigator.mediaDevices?.getUserMedia !== 'function') return false;
  try {
    return (await Detector.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}

/** A camera shown in a video element, read for QR codes on demand. */
export interface QrCamera {
  /** The texts of the QR codes in the current frame (none when it cannot be read). */
  read(): Promise<string[]>;
  /** Turns the camera off. */
  stop(): void;
}

/** Asks for the camera (the back one where there is a choice) and shows it in the video. */
export async function startQrCamera(video: HTMLVideoElement): Promise<QrCamera> {
  const Detector = detectorClass();
  if (!Detector) throw new Error('This browser cannot read QR codes.');
  const reader = new Detector({ formats: ['qr_code'] });
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'environment' },
    audio: false,
  });
  const stop = () => {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.srcObject = stream;
    await video.play();
  } catch (error) {
    stop();
    throw error;
  }
  return {
    async read() {
      if (video.readyState < 2) return [];
      try {
        return (await reader.detect(video)).map((b) => b.rawValue);
      } catch {
        return [];
      }
    },
    stop,
  };
}
