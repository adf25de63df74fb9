<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Buzón de quejas - H. Ayuntamiento de Lagos de Moreno</title>
{{> head}}
</head>
<body>
{{> top}}
<p class="titulo">BUZÓN DE QUEJAS Y SUGERENCIAS</p>
<form name="buzon" method="post" action="buzon.php">
<table><tr><td>Nombre:</td><td><input type="text" name="nombre" size="40"></td></tr>
<tr><td>Correo o teléfono:</td><td><input type="text" name="contacto" size="40"></td></tr>
<tr><td>Queja o sugerencia:</td><td><textarea name="mensaje" cols="45" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="enviar" value="Enviar"></td></tr></table>
</form>
{{> bottom}}
</body>
</html>
