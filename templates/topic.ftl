<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/listing.ftl" as listing>
<#assign root = content.rootpath!"">
<@layout.page title="Topic: " + content.title + (content.pager.page > 1)?then(", page " + content.pager.page, "") kind="index">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="${root}topics/index.html">Topics</a></li><li><span aria-current="page">${content.label}</span></li></ol></nav>
<h1>${content.label}</h1>
<p class="meta">${content.count_text}, newest first</p>
<ul class="question-list">
<#list content.questions as q>
  <li><a href="${root}${q.uri}">${q.title}</a> <span class="muted">${q.interview}</span></li>
</#list>
</ul>
<@listing.pager p=content.pager root=root/>
</@layout.page>
