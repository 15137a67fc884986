// Draws the report's three charts from the figures inlined in the page, then notes on
// <body data-drawn> what each holds and how many of its pixels were painted.
(function () {
  const figures = JSON.parse(document.getElementById("figures").textContent);
  const palette = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f"];
  const campaigns = new Map();
  for (const row of figures.daily) {
    const name = row.campaign_name || "campaign " + row.campaign_id;
    if (!campaigns.has(row.campaign_id)) campaigns.set(row.campaign_id, { name, days: new Map(), sent: 0, replied: 0, positive: 0 });
    const c = campaigns.get(row.campaign_id);
    c.days.set(row.day, (c.days.get(row.day) || 0) + Number(row.replied));
    c.sent += Number(row.sent);
    c.replied += Number(row.replied);
    c.positive += Number(row.positive_replies);
  }
  const days = [...new Set(figures.daily.map((r) => r.day))].sort();
  const list = [...campaigns.values()];
  const still = { animation: false, responsive: true };
  const replies = new Chart(document.getElementById("replies"), {
    type: "line",
    data: { labels: days, datasets: list.map((c, i) => ({ label: c.name, data: days.map((d) => c.days.get(d) || 0), borderColor: palette[i % palette.length], tension: 0.2 })) },
    options: { ...still, scales: { y: { beginAtZero: true, title: { display: true, text: "replies" } } } },
  });
  const rate = (n, d) => (d ? (100 * n) / d : 0);
  const rates = new Chart(document.getElementById("rates"), {
    type: "bar",
    data: {
      labels: list.map((c) => c.name),
      datasets: [
        { label: "reply rate %", data: list.map((c) => rate(c.replied, c.sent)), backgroundColor: "#2563eb" },
        { label: "positive reply rate %", data: list.map((c) => rate(c.positive, c.sent)), backgroundColor: "#059669" },
      ],
    },
    options: { ...still, scales: { y: { beginAtZero: true } } },
  });
  const boxes = figures.mailboxes;
  const placement = new Chart(document.getElementById("placement"), {
    type: "bar",
    data: {
      labels: boxes.map((m) => m.from_email),
      datasets: [
        { label: "inbox", data: boxes.map((m) => Number(m.warmup_sent || 0) - Number(m.warmup_spam || 0)), backgroundColor: "#059669" },
        { label: "spam", data: boxes.map((m) => Number(m.warmup_spam || 0)), backgroundColor: "#dc2626" },
      ],
    },
    options: { ...still, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
  const painted = (chart) => {
    const { width, height } = chart.canvas;
    const pixels = chart.ctx.getImageData(0, 0, width, height).data;
    let n = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) n++;
    return n;
  };
  const held = (chart) => ({ labels: chart.data.labels, datasets: chart.data.datasets.map((d) => ({ label: d.label, data: d.data })), painted: painted(chart) });
  document.body.dataset.drawn = JSON.stringify({ replies: held(replies), rates: held(rates), placement: held(placement) });
})();
