// 发放月报: the 12-month trend chart (Chart.js from its WebJar) drawn from the JSON the page carries in
// <script type="application/json" id="report-trend">: bars for the amount (left axis), lines for the persons (right).
(function () {
	'use strict';
	var data = document.getElementById('report-trend');
	var canvas = document.getElementById('trend-chart');
	if (!data || !canvas || typeof Chart === 'undefined') {
		return;
	}
	var trend = JSON.parse(data.textContent);
	var colours = ['#0d6efd', '#fd7e14', '#198754', '#6f42c1', '#d63384', '#20c997'];
	var datasets = [];
	trend.programmes.forEach(function (p, i) {
		var colour = colours[i % colours.length];
		datasets.push({ type: 'bar', label: p.label + ' ' + canvas.dataset.amountLabel, data: p.amounts,
			backgroundColor: colour + '99', borderColor: colour, borderWidth: 1, yAxisID: 'amount', order: 2 });
		datasets.push({ type: 'line', label: p.label + ' ' + canvas.dataset.personsLabel, data: p.persons,
			borderColor: colour, backgroundColor: colour, pointRadius: 3, tension: 0.2, spanGaps: false,
			yAxisID: 'persons', order: 1 });
	});
	var chart = new Chart(canvas, {
		data: { labels: trend.months, datasets: datasets },
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			interaction: { mode: 'index', intersect: false },
			scales: {
				amount: { type: 'linear', position: 'left', beginAtZero: true,
					title: { display: true, text: canvas.dataset.amountLabel } },
				persons: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
					title: { display: true, text: canvas.dataset.personsLabel } }
			},
			plugins: { legend: { position: 'bottom' } }
		}
	});
	// The printed copy: redraw at the printed size.
	window.addEventListener('beforeprint', function () { chart.resize(); });
	window.addEventListener('afterprint', function () { chart.resize(); });
})();
