/* The map of a map phase (Leaflet, served by the portal). Everything it shows is also on the page without it: the
   pins come from the list (data-pin-* attributes), and a click on the map only fills in the latitude and longitude
   fields of step 1. Tiles only when the municipality's platform has a tile server; otherwise a plain background. */
(function () {
  'use strict';
  var canvas = document.getElementById('map-canvas');
  if (!canvas || !window.L) {
    return;
  }
  var d = canvas.dataset;
  canvas.hidden = false;
  var map = L.map(canvas, { center: [Number(d.lat), Number(d.lng)], zoom: Number(d.zoom) });
  if (d.tileUrl) {
    L.tileLayer(d.tileUrl, { attribution: d.attribution || '', maxZoom: 19 }).addTo(map);
  }
  if (d.south) {
    var area = L.latLngBounds([Number(d.south), Number(d.west)], [Number(d.north), Number(d.east)]);
    L.rectangle(area, { color: '#3b3b3b', weight: 2, fill: false, interactive: false }).addTo(map);
    map.setMaxBounds(area.pad(0.5));
  }

  document.querySelectorAll('[data-pin-lat]').forEach(function (item) {
    var popup = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = item.querySelector('.pin-title').textContent;
    var category = document.createElement('div');
    category.textContent = item.dataset.pinCategory;
    var more = document.createElement('a');
    more.href = '#' + item.id;
    more.textContent = '↓';
    more.setAttribute('aria-label', title.textContent);
    popup.appendChild(title);
    popup.appendChild(category);
    popup.appendChild(more);
    L.circleMarker([Number(item.dataset.pinLat), Number(item.dataset.pinLng)], {
      radius: 9, color: '#1b1b1b', weight: 2, fillColor: item.dataset.pinColour, fillOpacity: 0.9
    }).bindPopup(popup).addTo(map);
  });

  var lat = document.getElementById('pin-lat');
  var lng = document.getElementById('pin-lng');
  var status = document.getElementById('map-status');
  if (!lat || !lng || d.pickable !== 'true') {
    return;
  }
  var chosen = null;
  function show(latitude, longitude) {
    if (chosen) {
      chosen.setLatLng([latitude, longitude]);
    } else {
      chosen = L.marker([latitude, longitude], { interactive: false, keyboard: false, alt: d.chosenLabel }).addTo(map);
    }
  }
  function typed() {
    var a = Number(String(lat.value).replace(',', '.'));
    var b = Number(String(lng.value).replace(',', '.'));
    if (lat.value !== '' && lng.value !== '' && isFinite(a) && isFinite(b)) {
      show(a, b);
    }
  }
  typed();
  lat.addEventListener('change', typed);
  lng.addEventListener('change', typed);
  map.on('click', function (e) {
    var point = e.latlng.wrap();
    lat.value = point.lat.toFixed(6);
    lng.value = point.lng.toFixed(6);
    show(point.lat, point.lng);
    if (status) {
      status.textContent = d.chosen.replace('{0}', lat.value).replace('{1}', lng.value);
    }
  });
}());
