<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Transparencia Focalizada - H. Ayuntamiento de Lagos de Moreno</title>
{{> head}}
</head>
<body>
{{> top}}
<p class="titulo">TRANSPARENCIA FOCALIZADA</p>
<p>Con fundamento en lo dispuesto por los artículos 8, 15 y 25 fracción VI de la Ley de Transparencia y Acceso a la Información Pública del Estado de Jalisco y sus Municipios, y en los Lineamientos Generales para la Publicación y Actualización de la Información Fundamental emitidos por el Instituto de Transparencia e Información Pública de Jalisco, así como en el acuerdo AGP-ITEI/005/2014 del Consejo del citado Instituto, el sujeto obligado pone a disposición del público la información focalizada que a continuación se relaciona, sin perjuicio de la información fundamental a que se refiere el ordenamiento invocado.</p>
<p><b>Última actualización: {{date:-66d|dd-MMM-yyyy}}</b></p>
<table class="tabla_datos" width="100%" cellspacing="0">
<tr bgcolor="#e8e0cc"><td><b>Clave</b></td><td><b>Ordenamiento</b></td><td><b>Archivo</b></td></tr>
<tr><td>TF-01</td><td>Art. 8 Fr. V inc. c)</td><td><a href="/archivos/tf/tf01_presupuesto_egresos_2016.xls">tf01_presupuesto_egresos_2016.xls</a></td></tr>
<tr><td>TF-02</td><td>Art. 8 Fr. V inc. g)</td><td><a href="/archivos/tf/tf02_plantilla_sueldos.xls">tf02_plantilla_sueldos.xls</a></td></tr>
<tr><td>TF-03</td><td>Art. 8 Fr. V inc. n)</td><td><a href="/archivos/tf/tf03_obra_publica_2016.xls">tf03_obra_publica_2016.xls</a></td></tr>
<tr><td>TF-04</td><td>Art. 8 Fr. VI inc. d)</td><td><a href="/archivos/tf/tf04_padron_proveedores.xls">tf04_padron_proveedores.xls</a></td></tr>
<tr><td>TF-05</td><td>Art. 8 Fr. V inc. v)</td><td><a href="/archivos/tf/tf05_licencias_expedidas.xls">tf05_licencias_expedidas.xls</a></td></tr>
</table>
<p>Información vigente de enero a diciembre {{date:-1y|yyyy}} y del ejercicio en curso.</p>
{{> bottom}}
</body>
</html>
