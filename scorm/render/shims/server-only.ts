// `server-only` in the SCORM renderer: the package's pages are rendered in Node at build time, never in the browser.
export {};
