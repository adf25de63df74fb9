<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Transparencia Focalizada - H. Ayuntamiento de Zitácuaro</title>
{{> head}}
</head>
<body bgcolor="#D9E1C8" leftmargin="0" topmargin="0">
{{> top}}
<table width="790" border="0" cellpadding="4"><tr><td>
<p class="titulo"><b>TRANSPARENCIA FOCALIZADA</b></p>
<p align="justify">Con fundamento en lo dispuesto por los artículos 8o, 10 fracciones I a XXXIII y 11 de la Ley de Transparencia y Acceso a la Información Pública del Estado de Michoacán de Ocampo, así como en el artículo 32 inciso d) de la Ley Orgánica Municipal del Estado de Michoacán de Ocampo y en el Reglamento de Transparencia y Acceso a la Información Pública del Municipio de Zitácuaro, Michoacán, publicado en el Periódico Oficial del Gobierno Constitucional del Estado, el H. Ayuntamiento pone a disposición de la ciudadanía la información que, sin estar comprendida dentro de las obligaciones de oficio, se considera de interés público, atendiendo a los principios de certeza, legalidad, independencia, imparcialidad, eficacia, objetividad, profesionalismo, transparencia y máxima publicidad, y sin perjuicio de la clasificación de la información reservada o confidencial que en términos de la normatividad aplicable corresponda.</p>
<table width="780" border="1" cellspacing="0" cellpadding="3" bordercolor="#5C7A29">
<tr bgcolor="#EEF2E6"><td width="560"><b>Documento</b></td><td width="220"><b>Archivo</b></td></tr>
<tr><td>Presupuesto de Egresos del Ejercicio Fiscal 2016</td><td><a href="archivos/transparencia/presupuesto_egresos_2016.pdf">Descargar</a></td></tr>
<tr><td>Plan Municipal de Desarrollo 2015-2018</td><td><a href="archivos/transparencia/plan_municipal_2015_2018.pdf">Descargar</a></td></tr>
<tr><td>Informe de Actividades del Sistema DIF Municipal</td><td><a href="archivos/transparencia/informe_dif.pdf">Descargar</a></td></tr>
</table>
<p><font size="1">Última actualización: {{date:-8m|dd-MMM-yyyy}}</font></p>
</td></tr></table>
{{> bottom}}
</body>
</html>
