// Two small helps on the document page; every page works without them.
// The legend's checkboxes show or hide one kind of highlight in the original text.
document.addEventListener("change", (event) => {
  const box = event.target.closest("input[data-toggle]");
  const text = document.getElementById("original");
  if (box && text) text.classList.toggle("hide-" + box.dataset.toggle, !box.checked);
});
// A tap on a highlight (a phone shows no tooltip) writes what it is under the legend.
document.addEventListener("click", (event) => {
  const detail = document.getElementById("hl-detail");
  if (!detail) return;
  const mark = event.target.closest("#original mark.hl");
  if (mark) detail.textContent = mark.title;
  else if (event.target === detail) detail.textContent = "";  // a tap on the note puts it away
});
