<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Inicio - H. Ayuntamiento de Zitácuaro</title>
{{> head}}
</head>
<body bgcolor="#D9E1C8" leftmargin="0" topmargin="0">
{{> top}}
<table width="790" border="0" cellpadding="4"><tr><td>
<p class="titulo"><b>Bienvenidos a la Heroica Zitácuaro</b></p>
<p><img src="http://www.zitacuaro.gob.mx/imagenes/plaza.jpg" width="400" height="250" align="left" alt="Plaza principal de Zitácuaro" hspace="6">Zitácuaro, puerta de la Mariposa Monarca, le da la más cordial bienvenida. Conozca nuestros atractivos turísticos, las acciones del Ayuntamiento y la información de transparencia.</p>
<p><b>Avisos</b></p>
<ul><li><a href="noticia.php?id=45">Invitación al Festival de la Mariposa Monarca</a></li><li><a href="noticia.php?id=44">Campaña de descacharrización en la cabecera municipal</a></li></ul>
</td></tr></table>
{{> bottom}}
</body>
</html>
