// Suggest knowledge articles while the caller types a summary.
(function () {
  var input = document.getElementById("summary");
  var list = document.getElementById("suggestions");
  if (!input || !list) return;
  var timer = null;
  function show(articles) {
    list.innerHTML = "";
    articles.forEach(function (a) {
      var item = document.createElement("li"), link = document.createElement("a");
      link.href = a.url;
      link.textContent = a.title;
      item.appendChild(link);
      list.appendChild(item);
    });
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch("/portal/kb-suggest?q=" + encodeURIComponent(input.value), {credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.json() : []; }).then(show);
    }, 150);
  });
})();
