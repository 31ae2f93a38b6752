/**
 * The Build tab's formula style, through the hook the pane builds with: Kinerja's functions by
 * default, native formulas when the options ask for them (the Build tab's Native formulas only;
 * test/taskpane/gallery.test.tsx ticks it).
 */
import "./setup";
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { callsKinerja, nativePlan } from "../../src/native";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import { useBuild } from "../../src/taskpane/hooks/useBuild";
import { PortProvider } from "../../src/taskpane/port-context";
import { fakePort } from "./fake-port";

function builtWith(change: Parameters<ReturnType<typeof useBuild>["setOptions"]>[0]) {
  const port = fakePort();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PortProvider port={port}>{children}</PortProvider>
  );
  const { result } = renderHook(() => useBuild("en"), { wrapper });
  return {
    port,
    async build() {
      act(() => result.current.setOptions(change));
      await act(async () => {
        await result.current.build();
      });
      return port.applyPlan.mock.calls[0][0];
    },
  };
}

test("by default the pane writes Kinerja's functions", async () => {
  const plan = await builtWith({}).build();
  expect(DEFAULT_OPTIONS.formulas).toBe("kinerja");
  expect(callsKinerja(plan)).toBe(true);
  expect(plan).toEqual(buildPlan("umkm", { ...DEFAULT_OPTIONS, lang: "en" }));
});

test('formulas: "native" writes the native version: no Kinerja function in any cell', async () => {
  const plan = await builtWith({ formulas: "native", example: true }).build();
  expect(callsKinerja(plan)).toBe(false);
  expect(plan).toEqual(
    nativePlan(buildPlan("umkm", { ...DEFAULT_OPTIONS, lang: "en", example: true }))
  );
});
