<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head>
<title>Dependencias - Municipio de Delicias</title>
{{> head}}
</head>
<body>
{{> top}}
<h2>Dependencias municipales</h2>
<table class="grid"><tr><th>Dependencia</th><th>Titular</th><th>Teléfono</th></tr>
<tr><td>Secretaría del Ayuntamiento</td><td>Lic. Mario Alberto Ruiz</td><td>470 8110</td></tr>
<tr><td>Tesorería Municipal</td><td>C.P. Laura Elena Chávez</td><td>470 8120</td></tr>
<tr><td>Dirección de Obras Públicas</td><td>Ing. Ramón Olivas</td><td>470 8140</td></tr>
<tr><td>Dirección de Desarrollo Social</td><td>Lic. Patricia Medina</td><td>470 8150</td></tr></table>
{{> bottom}}
</body>
</html>
