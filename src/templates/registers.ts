/**
 * Every KPI register the templates write, by template: the readers of a live workbook
 * (src/readers/register-reader.ts) learn from these declarations which header words name which
 * field, what a totals line looks like, and which columns hold formulas.
 */
import { BSC_REGISTER } from "./bsc";
import { IPMS_REGISTER } from "./ipms";
import { PRISM_REGISTER } from "./prism";
import type { TemplateId } from "../sheet/plan";
import type { RegisterSchema } from "./register";
import { UMKM_REGISTER } from "./umkm";

/** A register of any template, as its declarations read (its rows' data type left open). */
export type AnyRegisterSchema = RegisterSchema<never>;

export const REGISTERS: Record<TemplateId, AnyRegisterSchema> = {
  umkm: UMKM_REGISTER,
  bsc: BSC_REGISTER,
  prism: PRISM_REGISTER,
  ipms: IPMS_REGISTER,
};
