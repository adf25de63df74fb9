<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head id="ctl00_Head1">
<title>Inicio - Gobierno Municipal de Reynosa</title>
{{> head}}
</head>
<body>
{{> top}}
<div id="ctl00_ContentPlaceHolder1_pnlBanner" class="banner"><a href="/GobiernoAbierto.aspx"><img src="/Imagenes/Banners/gobierno-abierto.jpg" alt="Gobierno Abierto Reynosa" style="max-width:100%"></a></div>
<h2>Noticias</h2>
<div id="ctl00_ContentPlaceHolder1_rptNoticias_ctl00_pnlNoticia" class="noticia"><a href="/Noticias/Noticia.aspx?id=812">Inauguran pavimentación en la colonia Las Fuentes</a> <span id="ctl00_ContentPlaceHolder1_rptNoticias_ctl00_lblFecha">{{date:-2d|dd/MM/yyyy}}</span></div>
<div id="ctl00_ContentPlaceHolder1_rptNoticias_ctl01_pnlNoticia" class="noticia"><a href="/Noticias/Noticia.aspx?id=809">Arranca campaña de vacunación antirrábica</a> <span id="ctl00_ContentPlaceHolder1_rptNoticias_ctl01_lblFecha">{{date:-7d|dd/MM/yyyy}}</span></div>
<p><a href="/AtencionCiudadana.aspx">Reporta baches, fugas y luminarias en Atención Ciudadana</a> · <a href="/ReynosaApp.aspx">Descarga Reynosa App</a></p>
{{> bottom}}
</body>
</html>
