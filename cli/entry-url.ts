/**
 * The file URL the CLI runs from; workers (the REPL) start from it. In the CLI
 * bundle `import.meta.url` is the launcher's URL (see build.mjs); a process
 * started from the start-up snapshot sets it again, since the snapshot was
 * built wherever the package was at build time.
 */
let url = import.meta.url;

export function entryUrl(): URL {
  return new URL(url);
}

export function setEntryUrl(href: string): void {
  url = href;
}
