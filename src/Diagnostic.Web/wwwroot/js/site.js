// Enhancement only: every flow works without JavaScript.
// Move focus to the error summary so screen-reader and keyboard users land on the problems first.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
});

// « Imprimer » buttons (printable portrait, bilan): without script the browser's own print command does the same.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  });
});
