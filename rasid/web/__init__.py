"""rasid's HTTP API and offline dashboard (``rasid serve``): FastAPI over the event store, static assets inside
the package (Leaflet, markercluster, Chart.js, Natural Earth and OCHA boundaries), no network at run time."""
