<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="Topic: " + content.title kind="index">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="index.html">Topics</a></li><li><span aria-current="page">${content.title}</span></li></ol></nav>
<h1>${content.title}</h1>
<ul class="question-list">
<#list content.questions as q>
  <li><a href="${q.uri}">${q.title}</a> <span class="muted">${q.interview}</span></li>
</#list>
</ul>
</@layout.page>
