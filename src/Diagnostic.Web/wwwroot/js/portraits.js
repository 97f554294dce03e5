// « Imprimer »: an enhancement only; without script the browser's own print command does the same.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
