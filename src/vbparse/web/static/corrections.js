// The correction forms: the write token and the author's name are typed once and filled into every form of
// the page (the token for this browser tab only: sessionStorage; the name: localStorage).  The token is never
// sent but with a form the archivist submits, so no other site can write with it.
(function () {
  "use strict";
  var stores = { token: window.sessionStorage, author: window.localStorage };
  document.querySelectorAll("input[data-remember]").forEach(function (input) {
    var kind = input.getAttribute("data-remember"), store = stores[kind], key = "vbparse-" + kind;
    if (!store) return;
    try { if (!input.value && store.getItem(key)) input.value = store.getItem(key); } catch (e) { return; }
    input.addEventListener("change", function () {
      try { store.setItem(key, input.value); } catch (e) { /* storage refused: typed each time */ }
    });
  });
})();
