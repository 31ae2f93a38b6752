/**
 * The words the native re-performance writes beside its numbers, in the sheet's language. The
 * results Kinerja's functions label themselves (AHP.CHECK's rows, its verdict, KPI.WEIGHTCHECK's
 * message) come from the functions' own labels, so the two versions of a workbook read alike.
 */
import type { Text } from "../sheet/text";

export const WORDS = {
  ahpTitle: {
    id: "Dihitung ulang dengan rumus bawaan: matriks",
    en: "Re-performed with native formulas: matrix",
  },
  ahpNote: {
    id: "Setiap langkah AHP dengan rumus Excel biasa, tanpa add-in: matriks yang dibaca, kolom dinormalkan, rata-rata geometrik, vektor eigen dengan mengkuadratkan matriks, λmax, CI, RI dan CR.",
    en: "Every AHP step in plain spreadsheet formulas, no add-in needed: the matrix as read, normalised columns, geometric means, the eigenvector by squaring the matrix, λmax, CI, RI and CR.",
  },
  row: { id: "Baris", en: "Row" },
  columnSum: { id: "Jumlah kolom", en: "Column sum" },
  asRead: { id: "Matriks dibaca", en: "Matrix as read" },
  guideInUse: {
    id: "Diagonal: 1 dipakai, 0 ruang kosong",
    en: "Diagonal: 1 in use, 0 room",
  },
  guideUpper: { id: "Penilaian di atas diagonal", en: "A judgement above the diagonal" },
  guideLower: {
    id: "Di bawah diagonal: 1 / pasangannya",
    en: "Below the diagonal: 1 / its mirror",
  },
  asReadNote: {
    id: "Segitiga atas seperti diketik; diagonal 1; segitiga bawah = 1 / pasangannya di atas (Kinerja membaca matriks begini). Kriteria yang baris dan kolomnya kosong adalah ruang untuk kriteria baru: tidak dipakai, diagonalnya 0 dan barisnya 0.",
    en: "Upper triangle as typed; 1 on the diagonal; lower triangle = 1 / its mirror above (how Kinerja reads the matrix). A criterion whose row and column are blank is room for one added later: not in use, 0 on the diagonal and 0 throughout.",
  },
  rowSum: { id: "Σ baris", en: "Row Σ" },
  outsideCount: { id: "Luar skala", en: "Off scale" },
  outsideWhere: { id: "Letak", en: "Where" },
  normalised: { id: "a_ij / Σ kolom", en: "a_ij / column Σ" },
  normalisedNote: {
    id: 'Tiap penilaian dibagi jumlah kolomnya; rata-rata tiap baris = bobot metode "mean".',
    en: 'Each judgement divided by its column sum; the mean of each row is the "mean" method\'s weight.',
  },
  meanWeight: { id: "Rata-rata baris", en: "Row mean" },
  geomean: { id: "GEOMEAN", en: "GEOMEAN" },
  geomeanWeight: { id: "Bobot", en: "Weight" },
  geomeanNote: {
    id: 'GEOMEAN tiap baris a_ij / Σ kolom (tanpa kriteria yang tidak dipakai), dibagi jumlahnya = bobot metode "geomean"; pembagian dengan Σ kolom sama untuk semua baris, jadi bobotnya tidak berubah.',
    en: 'GEOMEAN of each row of a_ij / column Σ (the criteria not in use left out), divided by their sum = the "geomean" method\'s weight; the column sums divide every row alike, so the weights are unchanged.',
  },
  squared: (power: number): Text => ({
    id: `A^${power} ÷ jumlahnya`,
    en: `A^${power}, scaled to Σ 1`,
  }),
  squaredNote: {
    id: "Kuadrat matriks sebelumnya: sel (i, j) = MMULT(baris i, kolom j), dibagi jumlah semua sel hasil kuadrat = MMULT(jumlah kolom, jumlah baris). Jumlah baris mendekati vektor eigen; setiap kuadrat menggandakan pangkatnya.",
    en: "The previous matrix squared: cell (i, j) = MMULT(row i, column j), divided by the sum of all cells of the square = MMULT(column sums, row sums). The row sums approach the eigenvector; each squaring doubles the power.",
  },
  eigenWeight: { id: "Bobot eigen", en: "Eigen weight" },
  weightOf: (method: string): Text => ({ id: `w (${method})`, en: `w (${method})` }),
  product: { id: "A·w", en: "A·w" },
  ratio: { id: "(A·w)/w", en: "(A·w)/w" },
  results: { id: "Hasil", en: "Results" },
  size: { id: "n (kriteria)", en: "n (criteria)" },
  lastChange: {
    id: "Perubahan pada kuadrat terakhir (√Σ Δw²)",
    en: "Change in the last squaring (√Σ Δw²)",
  },
  lastChangeNote: {
    id: "Seberapa jauh bobot bergeser pada kuadrat terakhir: sekitar 1E-16 berarti sudah konvergen (batas: lihat docs/functions/ahp-weights.md).",
    en: "How far the weights moved in the last squaring: about 1E-16 means converged (the bound: see docs/functions/ahp-weights.md).",
  },
  riTitle: { id: "RI", en: "RI" },
  riHeader: { id: "RI", en: "RI" },
  riChoiceTitle: { id: "Tabel RI", en: "RI tables" },
  riChosen: (cell: string): Text => ({
    id: `RI (tabel yang dipilih di ${cell})`,
    en: `RI (the table chosen in ${cell})`,
  }),
  riFormula: {
    id: "RI = (1,7699·n − 4,3513) / (n − 1)",
    en: "RI = (1.7699·n − 4.3513) / (n − 1)",
  },
  classesTitle: { id: "Kelas prioritas (bobot %)", en: "Priority classes (weight %)" },
  className: { id: "Kelas", en: "Class" },
  classMin: { id: "Min %", en: "Min %" },
  classMax: { id: "Maks %", en: "Max %" },
  classesNote: {
    id: "Rentang bobot tiap kelas (nama Indonesia dan Inggris); batas 10 % dan 15 % masuk kedua kelas tetangganya.",
    en: "The weight range of each class (Indonesian and English names); the boundaries 10 % and 15 % belong to both neighbouring classes.",
  },
  levelsTitle: { id: "Tabel level OMAX", en: "OMAX level table" },
  weightCheckTitle: { id: "Cek bobot", en: "Weight check" },
  weightTotal: { id: "Σ bobot (%)", en: "Σ weights (%)" },
  weightCount: { id: "Jumlah bobot terisi", en: "Weights filled in" },
  weightLargest: { id: "Bobot terbesar", en: "Largest weight" },
} as const;

/** Where each random-index table comes from, as its title names it (docs/methods.md §1.3). */
export const RI_SOURCES: Readonly<Record<string, Text>> = {
  saaty1980: { id: "Saaty (1980)", en: "Saaty (1980)" },
  saaty2005: { id: "Saaty (2005)", en: "Saaty (2005)" },
  "alonso-lamata": {
    id: "Alonso & Lamata (2006), simulasi",
    en: "Alonso & Lamata (2006), simulated",
  },
  "alonso-lamata-fit": {
    id: "Alonso & Lamata (2006), rumus",
    en: "Alonso & Lamata (2006), fitted formula",
  },
};
