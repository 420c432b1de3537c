import type { BrowserContext, Page, Worker } from '@playwright/test';
export declare const EXTENSION_PATH: string;
export declare function launchWithExtension(options?: {
  headless?: boolean;
  userDataDir?: string;
  viewport?: { width: number; height: number };
}): Promise<{
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  tabIdOf(page: Page): Promise<number | undefined>;
  panelUrl(tabId?: number): string;
  close(): Promise<void>;
}>;
