<!DOCTYPE html>
<html lang="es">
<head>
<title>Datos Abiertos - Gobierno Municipal de Saltillo</title>
{{> head}}
</head>
<body>
{{> header}}
<div class="container body-content">
<h1>Datos Abiertos</h1>
<p>Descarga los datos del municipio para consultarlos y usarlos. Cada archivo trae la información completa, lista para abrir.</p>
<p>Aquí ves cuánto gasta cada área, cuántos accidentes hubo y qué obras tienen permiso. Los datos son gratis. Puedes usarlos como quieras. Solo di de dónde los sacaste.</p>
<ul class="nav nav-tabs" role="tablist">
  <li role="presentation" class="active"><a href="#finanzas" role="tab" data-toggle="tab">Finanzas</a></li>
  <li role="presentation"><a href="#seguridad" role="tab" data-toggle="tab">Seguridad</a></li>
  <li role="presentation"><a href="#urbano" role="tab" data-toggle="tab">Desarrollo urbano</a></li>
</ul>
<div class="tab-content">
  <div role="tabpanel" class="tab-pane active" id="finanzas">
    <h2>Finanzas</h2>
    <ul>
      <li><a href="/Archivos/DatosAbiertos/PresupuestoEgresos.json">Presupuesto de egresos (JSON)</a>: cuánto gasta cada área.</li>
      <li><a href="/Archivos/DatosAbiertos/Nomina.json">Nómina (JSON)</a>: puestos y sueldos.</li>
    </ul>
    <table class="table"><tr><th>Área</th><th>Presupuesto (pesos)</th></tr>
    <tr><td>Seguridad Pública</td><td>512,300,000</td></tr><tr><td>Obras Públicas</td><td>388,900,000</td></tr></table>
  </div>
  <div role="tabpanel" class="tab-pane" id="seguridad">
    <h2>Seguridad</h2>
    <ul>
      <li><a href="/Archivos/DatosAbiertos/SeguridadPublica.xml">Delitos por sector (XML)</a></li>
      <li><a href="/Archivos/DatosAbiertos/Accidentes.json">Accidentes de tránsito (JSON)</a></li>
    </ul>
  </div>
  <div role="tabpanel" class="tab-pane" id="urbano">
    <h2>Desarrollo urbano</h2>
    <ul><li><a href="/Archivos/DatosAbiertos/LicenciasConstruccion.xml">Licencias de construcción (XML)</a></li></ul>
  </div>
</div>
<p>Fecha de actualización: {{date:-300d|dd/MM/yyyy}}. Información vigente de enero a diciembre {{date:-2y|yyyy}}. Próxima actualización: {{date:+2m|dd/MM/yyyy}}.</p>
<p>¿Necesitas otro dato? <a href="/Paginas/SolicitaDatos.aspx">Solicita un conjunto de datos</a>.</p>
</div>
{{> footer}}
</body>
</html>
