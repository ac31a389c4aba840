/** The part of `subset-font` (hb-subset compiled to WebAssembly) the build uses; the package ships no types. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    /** The output format. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    /** Extra `name` table ids to keep. */
    preserveNameIds?: number[];
    /** Skip the GSUB glyph closure (never wanted for Arabic: it drops joining forms). */
    noLayoutClosure?: boolean;
  }
  /** Cuts `font` down to the glyphs `text` needs, with their layout closure. */
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
