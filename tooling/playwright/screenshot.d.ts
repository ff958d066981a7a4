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

export interface PageShot {
  url: string;
  /** PNG path; every shot is written to a temporary file and renamed into place once all succeeded. */
  file: string;
  /** CSS selectors that must be visible before shooting (e.g. a chart's svg): the page's finished state. */
  waitFor?: string[];
  /** CSS selectors that must NOT be on the page (error states, empty states): the shot fails naming them. */
  forbid?: string[];
  /** CSS selector scrolled to the top of the viewport before a viewport-only shot. */
  scrollTo?: string;
  /** Whole scrollable page (default) or only the viewport. */
  fullPage?: boolean;
}

export interface ShotResult {
  url: string;
  /** Absolute path written. */
  file: string;
  bytes: number;
}

/** Skeleton and busy selectors a finished page must not show (waited out before each shot). */
export declare const LOADING_SELECTORS: string[];

/** Shoot every page with one Chromium; throws naming the URL and selector when a page is not in its finished state. */
export declare function screenshotPages(
  shots: PageShot[],
  options?: { width?: number; height?: number; scale?: number; log?: (message: string) => void },
): Promise<ShotResult[]>;
