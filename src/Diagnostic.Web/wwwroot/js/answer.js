// Enhancement of the answer pages; every flow works without it (the server asks follow-ups on an extra page, and
// the language link reloads the page).
(function () {
  "use strict";
  const refuse = "REFUS";

  // A question's answer as the server stores it (Questionnaires/README.md, "How answers are written"), or null.
  function answerOf(fieldset) {
    const type = fieldset.dataset.type;
    const inputs = Array.from(fieldset.querySelectorAll("input, select, textarea"));
    if (type === "multiple") {
      const ticked = inputs.filter((i) => i.checked).map((i) => i.value);
      const codes = ticked.filter((v) => v !== refuse);
      return codes.length ? codes.join("|") : ticked.length ? refuse : null;
    }
    if (type === "ranking") {
      const codes = inputs.map((i) => i.value).filter((v) => v !== "");
      return codes.length ? codes.join(">") : null;
    }
    if (type === "number") {
      const typed = inputs.find((i) => i.type === "text");
      const text = typed ? typed.value.replace(/\s/g, "").replace(/,/g, ".").replace(/^\+/, "") : "";
      if (text !== "") return text;
      return inputs.some((i) => i.type === "checkbox" && i.checked) ? refuse : null;
    }
    if (type === "text") {
      const text = inputs.length ? inputs[0].value.trim() : "";
      return text === "" ? null : text;
    }
    const chosen = inputs.find((i) => i.checked);
    return chosen ? chosen.value : null;
  }

  // Shows each follow-up whose condition holds, in page order: a hidden question counts as unanswered for the next
  // ones, as on the server. A hidden follow-up's fields are disabled, so they are not sent.
  function update(form, others, shownField) {
    const visible = new Map();
    const read = (id) => (visible.has(id) ? visible.get(id) : others[id] ?? null);
    const shown = [];
    form.querySelectorAll("fieldset[data-question]").forEach((fieldset) => {
      const condition = fieldset.dataset.relevant;
      let show = true;
      if (condition) {
        show = window.diagnosticRelevance.isTrue(JSON.parse(condition), read);
        fieldset.hidden = !show;
        fieldset.disabled = !show;
        if (show) shown.push(fieldset.dataset.question);
      }
      visible.set(fieldset.dataset.question, show ? answerOf(fieldset) : null);
    });
    if (shownField) shownField.value = shown.join(" ");
  }

  function followUps(form) {
    if (!form.querySelector("fieldset[data-relevant]") || !window.diagnosticRelevance) return;
    const others = JSON.parse(form.dataset.answers || "{}");
    const shownField = form.querySelector("input[name='followups-shown']");
    const refresh = () => update(form, others, shownField);
    form.addEventListener("input", refresh);
    form.addEventListener("change", refresh);
    refresh();
  }

  // The language link posts the page's form with the language asked for: the server saves what was typed (or shows
  // it again with its problems) in the other language, instead of losing it.
  function languageSwitch(form) {
    const link = document.getElementById("lang-switch");
    if (!link) return;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const field = document.createElement("input");
      field.type = "hidden";
      field.name = "switch-language";
      field.value = link.getAttribute("hreflang");
      form.appendChild(field);
      form.submit();
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.querySelector("form[data-keeps-answers]");
    if (!form) return;
    followUps(form);
    languageSwitch(form);
  });
})();
