/**
 * The few platform APIs core may use: present in browsers, workers and Node alike. Declared here
 * because core compiles without the DOM lib, so that any use of a browser-only global fails the type check.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
