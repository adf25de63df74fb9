<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Transparencia - H. Ayuntamiento de Lagos de Moreno</title>
{{> head}}
</head>
<body>
{{> top}}
<p class="titulo">TRANSPARENCIA</p>
<p>Información fundamental del Municipio de Lagos de Moreno conforme al artículo 8 de la Ley de Transparencia y Acceso a la Información Pública del Estado de Jalisco y sus Municipios.</p>
<p>&raquo; <a href="/archivos/art8_fr_I_marco_juridico.pdf">Art. 8 Fr. I Marco jurídico</a><br>&raquo; <a href="/archivos/art8_fr_IV_estructura.pdf">Art. 8 Fr. IV Estructura orgánica</a></p>
<p>Solicitudes: <a href="http://www.infomexjalisco.org.mx/">INFOMEX Jalisco</a></p>
{{> bottom}}
</body>
</html>
