<!DOCTYPE html>
<html lang="es">
<head>
<title>Transparencia Focalizada - Municipio de Celaya</title>
{{> head}}
</head>
<body>
{{> header}}
<div id="contenido">
<h1>Transparencia Focalizada</h1>
<table>
<tr><th>Rubro</th><th>Documento</th><th>Fecha de actualización</th></tr>
<tr><td>Art. 70 Fr. XXI inciso b)</td><td><a href="/transparencia/focalizada/art70_fr21_presupuesto.pdf">PDF</a></td><td>{{date:-92d|dd/MM/yyyy}}</td></tr>
<tr><td>Art. 70 Fr. XXVIII inciso a)</td><td><a href="/transparencia/focalizada/art70_fr28_contratos.pdf">PDF</a></td><td>{{date:-92d|dd/MM/yyyy}}</td></tr>
<tr><td>Art. 70 Fr. IX</td><td><a href="/transparencia/focalizada/art70_fr09_viaticos_t1.pdf">PDF T1</a> <a href="/transparencia/focalizada/art70_fr09_viaticos_t2.pdf">PDF T2</a></td><td>{{date:-120d|dd/MM/yyyy}}</td></tr>
<tr><td>Art. 70 Fr. XV inciso c)</td><td><a href="/transparencia/focalizada/art70_fr15_programas.pdf">PDF</a></td><td>{{date:-150d|dd/MM/yyyy}}</td></tr>
<tr><td>Art. 70 Fr. XXIV</td><td><a href="/transparencia/focalizada/art70_fr24_auditorias.pdf">PDF</a></td><td>{{date:-200d|dd/MM/yyyy}}</td></tr>
<tr><td>Art. 70 Fr. XXXIV</td><td><a href="/transparencia/focalizada/art70_fr34_bienes.pdf">PDF</a></td><td>{{date:-200d|dd/MM/yyyy}}</td></tr>
</table>
<p>Periodo de actualización: Trimestral. Próxima actualización: {{date:+1m|dd/MM/yyyy}}</p>
</div>
{{> footer}}
</body>
</html>
