import { classCheck, isWeightTotal100, parsePriorityClass, umkmWeightCheck } from "../../src/core";
import { errorOf } from "../helpers/reference";

describe("UMKM weights by priority class (spec §5)", () => {
  // Batik 20 Ikan Mas (seed 003 via spec §5): weights in %, classes derived from the class ranges.
  const weights = [25, 15, 10, 5, 10, 10, 20, 5];
  const classes = [
    "Kritikal",
    "Sangat Penting",
    "Penting",
    "Penting",
    "Penting",
    "Penting",
    "Kritikal",
    "Penting",
  ].map((c) => parsePriorityClass(c));

  test("Batik 20 Ikan Mas: the eight weights sum to 100% and each sits in its class", () => {
    const check = umkmWeightCheck(weights, classes);
    expect(check.total).toBe(100);
    expect(check.sumsTo100).toBe(true);
    expect(check.rows.map((r) => r.verdict)).toEqual(new Array(8).fill("OK"));
  });

  test("boundaries 10% and 15% belong to both neighbouring classes", () => {
    expect(classCheck(10, "penting")).toBe("OK");
    expect(classCheck(10, "sangat-penting")).toBe("OK");
    expect(classCheck(15, "sangat-penting")).toBe("OK");
    expect(classCheck(15, "kritikal")).toBe("OK");
    expect(classCheck(4.99, "penting")).toBe("LOW");
    expect(classCheck(15.01, "sangat-penting")).toBe("HIGH");
    expect(classCheck(12, "kritikal")).toBe("LOW");
  });

  test("a total off by more than 0.01 points is reported", () => {
    expect(umkmWeightCheck([50, 45], ["kritikal", "kritikal"]).sumsTo100).toBe(false);
    expect(umkmWeightCheck([50, 49.995], ["kritikal", "kritikal"]).sumsTo100).toBe(true);
    expect(isWeightTotal100(95)).toBe(false);
    expect(isWeightTotal100(100.004)).toBe(true);
    expect(isWeightTotal100(99.989)).toBe(false);
  });

  test("class names in Indonesian or English, any case", () => {
    expect(
      ["penting", "SANGAT PENTING", "Critical", "very important"].map((c) => parsePriorityClass(c))
    ).toEqual(["penting", "sangat-penting", "kritikal", "sangat-penting"]);
    expect(errorOf(() => parsePriorityClass("urgent")).message).toMatch(
      /^class must be Penting, Sangat Penting or Kritikal/
    );
  });
});
