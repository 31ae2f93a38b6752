/**
 * The case study behind each template's filled example, in both languages. Kept apart from the
 * example data (examples/) so the pane's gallery can name them without loading the examples.
 */
import type { TemplateId } from "../../sheet/plan";
import type { Text } from "../../sheet/text";

export const CASE_NAMES: Readonly<Record<TemplateId, Text>> = {
  umkm: {
    id: "UMKM Batik 20 Ikan Mas, Jakarta (usaha mikro, manufaktur batik cetak)",
    en: "Batik 20 Ikan Mas, Jakarta (micro enterprise, printed-batik maker)",
  },
  bsc: {
    id: "Bagian Parts Logistics dan Warehouse, PT X (penyedia alat berat, Jakarta)",
    en: "Parts Logistics & Warehouse section, PT X (heavy-equipment distributor, Jakarta)",
  },
  prism: {
    id: "PT Petrokimia Gresik (industri pupuk)",
    en: "PT Petrokimia Gresik (fertiliser industry)",
  },
  ipms: { id: "PT X (pengecoran logam)", en: "PT X (iron casting)" },
};
