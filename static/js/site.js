// Small progressive enhancements; the CSP allows no inline script, so behaviour lives here.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-print]");
  if (button) {
    window.print();
  }
});
