// Golongan/ruang as BKPPD writes them: PNS I/a … IV/e (PP 99/2000), PPPK I … XVII (Perpres 98/2020). Suggestions
// only: the field stays free text, as older data may write them differently.
const RUANG: Record<string, string[]> = { I: ['a', 'b', 'c', 'd'], II: ['a', 'b', 'c', 'd'], III: ['a', 'b', 'c', 'd'], IV: ['a', 'b', 'c', 'd', 'e'] };
export const GOLONGAN_PNS = Object.entries(RUANG).flatMap(([g, rs]) => rs.map((r) => `${g}/${r}`));
export const GOLONGAN_PPPK = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];
