// Suggestions as you type: an ARIA combobox over the search box. Without
// JavaScript the form still submits to the plain result page.
(function () {
  "use strict";
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-suggestions");
  if (!input || !list || !window.fetch) { return; }
  var timer = null;
  var active = -1;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function options() { return list.querySelectorAll("[role=option]"); }

  function highlight(index) {
    var items = options();
    if (!items.length) { return; }
    active = (index + items.length) % items.length;
    items.forEach(function (item, i) { item.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  function render(suggestions) {
    list.innerHTML = "";
    suggestions.forEach(function (suggestion, i) {
      var li = document.createElement("li");
      li.id = "search-suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.url = suggestion.url;
      var title = document.createElement("span");
      title.textContent = suggestion.title;
      var type = document.createElement("span");
      type.className = "meta";
      type.textContent = " " + suggestion.type;
      li.appendChild(title);
      li.appendChild(type);
      li.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.href = suggestion.url;
      });
      list.appendChild(li);
    });
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
  }

  function load() {
    var value = input.value.trim();
    if (value.length < 2) { close(); return; }
    var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(value);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { if (input.value.trim() === value) { render(data.suggestions || []); } })
      .catch(close);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(load, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (list.hidden) { return; }
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = options()[active].dataset.url;
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });
}());
