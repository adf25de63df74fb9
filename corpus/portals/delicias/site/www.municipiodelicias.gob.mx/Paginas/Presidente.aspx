<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head>
<title>Presidente Municipal - Municipio de Delicias</title>
{{> head}}
</head>
<body>
{{> top}}
<h2>Presidente Municipal</h2>
<table><tr><td valign="top"><img src="/Imagenes/presidente_municipal.jpg" alt="C. Eliseo Compeán Fernández, Presidente Municipal" width="180"></td>
<td valign="top"><h3>C. Eliseo Compeán Fernández</h3>
<p><b>Mensaje del Presidente Municipal</b></p>
<p>Delicianas y delicianos: trabajamos todos los días para que Delicias sea una ciudad segura, limpia y con oportunidades. Gracias por su confianza.</p>
<p>Comparte el mensaje del Presidente Municipal:</p>
<a href="https://www.facebook.com/sharer/sharer.php?u=http%3a%2f%2fwww.municipiodelicias.gob.mx%2fPaginas%2fPresidente.aspx" target="_blank">Compartir en Facebook</a> |
<a href="https://twitter.com/intent/tweet?text=Mensaje%20del%20Presidente%20Municipal%20de%20Delicias&amp;url=http%3a%2f%2fwww.municipiodelicias.gob.mx%2fPaginas%2fPresidente.aspx" target="_blank">Compartir en Twitter</a>
</td></tr></table>
{{> bottom}}
</body>
</html>
