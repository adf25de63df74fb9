<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Transparencia - H. Ayuntamiento de Fresnillo</title>
</head>
<body>
{{> top}}
<table width="900" border="0" align="center"><tr><td>
<h1>Transparencia</h1>
<h2>Obligaciones de transparencia (Artículo 39)</h2>
<ul>
<li>Fracción I. <a href="/archivos/transparencia/fraccion-I-marco-normativo.pdf">Marco normativo</a></li>
<li>Fracción II. <a href="/archivos/transparencia/fraccion-II-estructura.pdf">Estructura orgánica</a></li>
<li>Fracción IV. <a href="/archivos/transparencia/fraccion-IV-presupuesto.pdf">Presupuesto asignado</a></li>
<li>Fracción VII. <a href="/archivos/transparencia/fraccion-VII-directorio.pdf">Directorio de servidores públicos</a></li>
</ul>
<p>Solicitudes de información: <a href="http://www.infomexzacatecas.org.mx/">INFOMEX Zacatecas</a>.</p>
</td></tr></table>
{{> bottom}}
</body>
</html>
