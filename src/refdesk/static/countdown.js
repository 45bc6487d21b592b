// Show each SLA due time as a countdown from the browser's clock.
(function () {
  function relative(ms) {
    var past = ms < 0, left = Math.abs(ms);
    var h = Math.floor(left / 3600000), m = Math.floor((left % 3600000) / 60000);
    var text = (h ? h + " h " : "") + m + " min";
    return past ? "overdue by " + text : "in " + text;
  }
  function tick() {
    document.querySelectorAll("time.countdown").forEach(function (el) {
      var out = el.nextElementSibling && el.nextElementSibling.classList.contains("countdown-left")
        ? el.nextElementSibling : null;
      if (!out) {
        out = document.createElement("span");
        out.className = "countdown-left";
        el.after(out);
      }
      out.textContent = " — " + relative(Date.parse(el.getAttribute("datetime")) - Date.now());
    });
  }
  tick();
  setInterval(tick, 30000);
})();
