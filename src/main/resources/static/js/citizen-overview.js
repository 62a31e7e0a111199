// The citizen overview's tabs: mark the tab chosen, and say so in the panel when its section cannot be shown
// (htmx swaps nothing on an error, so the previous section would otherwise stay as if it were the chosen one).
// The text comes from the page (data-error), so it is Danish and lives in the message bundle.
document.addEventListener("htmx:beforeRequest", function (event) {
  var tab = event.detail.elt;
  if (!tab.matches || !tab.matches("#citizen-tabs a")) {
    return;
  }
  document.querySelectorAll("#citizen-tabs a").forEach(function (a) {
    a.classList.remove("active");
    a.removeAttribute("aria-current");
  });
  tab.classList.add("active");
  tab.setAttribute("aria-current", "page");
});

document.addEventListener("htmx:responseError", function (event) {
  var panel = document.getElementById("citizen-section");
  var elt = event.detail.elt;
  if (!panel || !elt || !(elt.matches("#citizen-tabs a") || panel.contains(elt))) {
    return;
  }
  var message = document.createElement("p");
  message.className = "muted";
  message.textContent = panel.getAttribute("data-error");
  panel.replaceChildren(message);
});
