<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head>
<title>Transparencia - Municipio de Delicias</title>
{{> head}}
</head>
<body>
{{> top}}
<h2>Transparencia</h2>
<p>Información Pública de Oficio conforme al artículo 20 de la Ley de Transparencia y Acceso a la Información Pública del Estado de Chihuahua.</p>
<table class="grid">
<tr><th>Fracción</th><th>Descripción</th><th>Archivo</th></tr>
<tr><td>I</td><td>Estructura orgánica</td><td><a href="/Archivos/Transparencia/Art20_FI_EstructuraOrganica.pdf">PDF</a></td></tr>
<tr><td>III</td><td>Directorio de servidores públicos</td><td><a href="/Archivos/Transparencia/Art20_FIII_Directorio.pdf">PDF</a></td></tr>
<tr><td>IV</td><td>Remuneración mensual</td><td><a href="/Archivos/Transparencia/Art20_FIV_Remuneraciones.xls">XLS</a></td></tr>
<tr><td>VII</td><td>Presupuesto asignado y su ejecución</td><td><a href="/Archivos/Transparencia/Art20_FVII_Presupuesto.pdf">PDF</a></td></tr>
</table>
<p>Fecha de actualización: {{date:-20d|dd/MM/yyyy}}</p>
<p>Solicitudes de información: <a href="http://www.infomexchihuahua.org.mx/">INFOMEX Chihuahua</a>.</p>
{{> bottom}}
</body>
</html>
