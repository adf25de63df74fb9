<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head>
<title>Comités de Vecinos - Municipio de Delicias</title>
{{> head}}
</head>
<body>
{{> top}}
<h2>Comités de Vecinos</h2>
<p>En cada colonia de Delicias funciona un Comité de Vecinos, elegido en asamblea por las personas que viven en ella. El comité reúne las peticiones de la colonia (alumbrado, bacheo, seguridad), las presenta a la Dirección de Desarrollo Social y vigila que las obras se terminen.</p>
<p>Para formar o renovar el comité de tu colonia se convoca a asamblea vecinal; la Dirección de Desarrollo Social levanta el acta y entrega los nombramientos.</p>
<p>Las asambleas se anuncian en los avisos de la página de inicio.</p>
{{> bottom}}
</body>
</html>
