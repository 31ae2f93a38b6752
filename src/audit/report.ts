/** The audit report as an auditor reads it (grouped by sheet, in the workbook's language) and as JSON. */
import type { Lang } from "../sheet/plan";
import type { Text } from "../sheet/text";
import type { AuditFinding, AuditKind, AuditReport } from "./audit";
import type { StoredForm } from "./formula-text";
import { difference } from "./words";

const KIND: Record<AuditKind, Text> = {
  mismatch: { id: "TIDAK COCOK", en: "MISMATCH" },
  "spill-size": { id: "UKURAN HASIL", en: "SPILL SIZE" },
  "not-computed": { id: "TIDAK DIHITUNG", en: "NOT COMPUTED" },
  "error-result": { id: "GALAT", en: "ERROR" },
  "not-reperformed": { id: "TAK DAPAT DIULANG", en: "NOT RE-PERFORMED" },
  "weights-sum": { id: "JUMLAH BOBOT", en: "WEIGHT TOTAL" },
  "weight-invalid": { id: "BOBOT", en: "WEIGHT" },
  "ahp-cr": { id: "CR > 0,10", en: "CR > 0.10" },
  "ahp-scale": { id: "SKALA SAATY", en: "SAATY SCALE" },
  "omax-anchors-order": { id: "JANGKAR OMAX", en: "OMAX ANCHORS" },
  "omax-anchors-missing": { id: "JANGKAR OMAX", en: "OMAX ANCHORS" },
  "target-missing": { id: "TARGET", en: "TARGET" },
  "formula-replaced": { id: "RUMUS DITIMPA", en: "FORMULA REPLACED" },
  "error-values": { id: "GALAT", en: "ERROR" },
  "class-check": { id: "KELAS", en: "CLASS" },
  "duplicate-code": { id: "KODE GANDA", en: "DUPLICATE CODE" },
  "period-unknown": { id: "PERIODE", en: "PERIOD" },
  "tracking-missing": { id: "TANPA PELACAKAN", en: "NOT TRACKED" },
  "weight-missing": { id: "TANPA BOBOT", en: "NO WEIGHT" },
  "group-unknown": { id: "KELOMPOK", en: "GROUP" },
};

const FORM: Record<StoredForm, Text> = {
  plain: { id: "nama biasa, mis. AHP.WEIGHTS(…)", en: "plain names, e.g. AHP.WEIGHTS(…)" },
  xldudf: {
    id: "_xldudf_AHP_WEIGHTS(…) (simpanan Excel)",
    en: "_xldudf_AHP_WEIGHTS(…) (Excel's saved form)",
  },
  namespace: { id: "KINERJA.AHP.WEIGHTS(…)", en: "KINERJA.AHP.WEIGHTS(…)" },
  "xldudf-namespace": {
    id: "_xldudf_KINERJA_AHP_WEIGHTS(…) (simpanan Excel, ruang nama)",
    en: "_xldudf_KINERJA_AHP_WEIGHTS(…) (Excel's saved form, namespaced)",
  },
  "foreign-file": {
    id: "[n]!_xldudf_…(…) (terikat ke berkas add-in lain; Excel menampilkan #NAME?)",
    en: "[n]!_xldudf_…(…) (bound to another add-in's file; Excel shows #NAME?)",
  },
};

/** The report as text, one finding per line under its sheet. */
export function formatReport(report: AuditReport, file: string): string {
  const lang = report.language;
  const w = (text: Text) => text[lang];
  const number = (n: number) => n.toLocaleString(lang === "id" ? "id-ID" : "en-US");
  const lines: string[] = [];
  lines.push(w({ id: `Audit Kinerja: ${file}`, en: `Kinerja audit: ${file}` }));
  lines.push(
    w({
      id: `Aplikasi yang tercatat di berkas: ${report.application ?? "(tidak ada)"} · bahasa laporan: Indonesia`,
      en: `Application recorded in the file: ${report.application ?? "(none)"} · report language: English`,
    })
  );
  const largest = difference(report.largestDifference, lang);
  lines.push(
    w({
      id: `${number(report.kinerjaCells)} sel yang memanggil fungsi Kinerja (${number(report.values)} nilai beserta hasil tumpahannya) dihitung ulang dari nilai tersimpan masukannya; ${number(report.reperformed)} cocok. Selisih terbesar: ${largest} (toleransi 1e-9).`,
      en: `Re-performed ${number(report.kinerjaCells)} cells that call Kinerja functions (${number(report.values)} values with their spills) from the stored values of their inputs; ${number(report.reperformed)} agree. Largest difference: ${largest} (tolerance 1e-9).`,
    })
  );
  if (report.otherFormulas > 0)
    lines.push(
      w({
        id: `Juga dihitung ulang: ${number(report.otherFormulas)} rumus lain yang membaca atau menyiapkan masukannya.`,
        en: `Also re-performed: ${number(report.otherFormulas)} other formulas that lead to or from them.`,
      })
    );
  if (report.kinerjaCells === 0)
    lines.push(
      w({
        id: "Tidak ada sel yang memanggil fungsi Kinerja.",
        en: "No cell calls a Kinerja function.",
      })
    );
  const forms = Object.entries(report.forms) as [StoredForm, number][];
  if (forms.length > 0)
    lines.push(
      w({ id: "Bentuk tersimpan: ", en: "Stored as: " }) +
        forms.map(([form, n]) => `${w(FORM[form])} ${number(n)}`).join("; ")
    );
  if (report.externalLinks > 0)
    lines.push(
      w({
        id: `Buku kerja ini bertaut ke ${report.externalLinks} buku kerja lain; audit tidak membukanya.`,
        en: `The workbook links to ${report.externalLinks} other workbook(s); the audit does not open them.`,
      })
    );
  for (const sheet of report.sheets) {
    const findings = report.findings.filter((f) => f.sheet === sheet.name);
    if (sheet.kinerjaCells === 0 && findings.length === 0) continue;
    const head = w({
      id: `Lembar “${sheet.name}”: ${number(sheet.kinerjaCells)} sel, ${number(sheet.values)} nilai`,
      en: `Sheet “${sheet.name}”: ${number(sheet.kinerjaCells)} cells, ${number(sheet.values)} values`,
    });
    const fails = findings.filter((f) => f.fails).length;
    lines.push("");
    lines.push(
      head +
        (fails === 0
          ? w({ id: " — semua cocok.", en: " — all re-perform." })
          : w({ id: ` — ${fails} temuan:`, en: ` — ${fails} finding(s):` }))
    );
    for (const finding of findings) lines.push(...findingLines(finding, lang));
  }
  lines.push("");
  const failing = report.findings.filter((f) => f.fails).length;
  const notes = report.findings.length - failing;
  const noteText = notes
    ? w({
        id: ` (${notes} catatan tanpa pengaruh)`,
        en: ` (and ${notes} note(s) that do not count)`,
      })
    : "";
  lines.push(
    report.passed
      ? w({
          id: `Hasil: setiap nilai Kinerja dapat dihitung ulang${noteText}.`,
          en: `Result: every Kinerja value re-performs${noteText}.`,
        })
      : w({
          id: `Hasil: ${failing} temuan — buku kerja ini tidak dapat dihitung ulang sepenuhnya${noteText}.`,
          en: `Result: ${failing} finding(s) — the workbook does not re-perform${noteText}.`,
        })
  );
  return lines.join("\n");
}

function findingLines(finding: AuditFinding, lang: Lang): string[] {
  const label = finding.fails
    ? KIND[finding.kind][lang]
    : `${lang === "id" ? "catatan" : "note"}: ${KIND[finding.kind][lang]}`;
  const lines = [
    `  ${finding.cell.padEnd(6)} ${label}${finding.formula ? `  ${finding.formula}` : ""}`,
  ];
  lines.push(`         ${finding.message}`);
  return lines;
}

/** The report for machines: the file, the counts, and every finding with its values. */
export function reportJson(report: AuditReport, file: string): string {
  return JSON.stringify({ file, ...report }, null, 2);
}
