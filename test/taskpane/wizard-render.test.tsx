/**
 * One answer re-renders one question, not all of them. Fluent's Slider is wrapped to count its
 * renders; before the questions were memoised with a stable callback, every key press re-rendered
 * every slider (at 15 criteria, 105 of them: ≈ 300 ms a key in the development build). Ten criteria
 * here (45 questions): rendering 105 sliders takes jsdom some 20 s, and the count does not depend on n.
 */
import "./setup";
import { fireEvent, screen } from "@testing-library/react";
import { fakePort } from "./fake-port";
import { renderPane } from "./render";

const renders = new Map<string, number>();

jest.mock("@fluentui/react-components", () => {
  const actual = jest.requireActual("@fluentui/react-components");
  const { createElement } = jest.requireActual("react");
  const Slider = (props: Record<string, unknown>) => {
    const id = String(props.id);
    renders.set(id, (renders.get(id) ?? 0) + 1);
    return createElement(actual.Slider, props);
  };
  return { ...actual, Slider };
});

test("10 criteria: an answer re-renders only its own slider (1 of 45)", async () => {
  await renderPane(fakePort(), { tab: "wizard" });
  const names = Array.from({ length: 10 }, (_, k) => `K${k + 1}`);
  fireEvent.change(screen.getByRole("textbox", { name: /Criteria, one per line/ }), {
    target: { value: names.join("\n") },
  });
  const sliders = screen.getAllByRole("slider");
  expect(sliders).toHaveLength(45);
  renders.clear();
  fireEvent.change(screen.getByRole("slider", { name: "K7 versus K9" }), {
    target: { value: "-3" },
  });
  expect(screen.getByText("K7 is 4× more important than K9 (moderate to strong)")).toBeTruthy();
  expect([...renders.values()].reduce((a, b) => a + b, 0)).toBe(1);
  renders.clear();
  fireEvent.change(screen.getByRole("slider", { name: "K1 versus K2" }), {
    target: { value: "2" },
  });
  expect(renders.size).toBe(1);
});
