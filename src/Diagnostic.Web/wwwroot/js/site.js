// Enhancement only: every flow works without JavaScript.
// Move focus to the error summary so screen-reader and keyboard users land on the problems first.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
});
