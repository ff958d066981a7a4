export interface ScreenshotOptions {
  width?: number;
  height?: number;
  /** Whole scrollable page (default) or only the viewport. */
  fullPage?: boolean;
  /** CSS selector to wait for before shooting. */
  waitFor?: string;
  /** Device scale factor (2 for retina-sharp images). */
  scale?: number;
}

/** Screenshot `url` to the PNG `file` (temp file + rename) with Debian's Chromium; resolves to the absolute path. */
export declare function screenshot(url: string, file: string, options?: ScreenshotOptions): Promise<string>;
