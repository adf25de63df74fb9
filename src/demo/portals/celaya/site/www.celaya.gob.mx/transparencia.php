<!DOCTYPE html>
<html lang="es">
<head>
<title>Transparencia - Municipio de Celaya</title>
{{> head}}
</head>
<body>
{{> header}}
<div id="contenido">
<h1>Transparencia</h1>
<p>Información pública de oficio conforme a la Ley de Transparencia y Acceso a la Información Pública para el Estado de Guanajuato.</p>
<p><a href="https://www.plataformadetransparencia.org.mx/">Plataforma Nacional de Transparencia</a></p>
</div>
{{> footer}}
</body>
</html>
