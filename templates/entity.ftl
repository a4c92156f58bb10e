<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=content.title kind="index">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="index.html">Names</a></li><li><a href="index.html#kind-${content.kind}">${content.kind?cap_first}</a></li><li><span aria-current="page">${content.title}</span></li></ol></nav>
<h1>${content.title}</h1>
<p class="meta">${content.kind?cap_first}<#if (content.aliases![])?size gt 1> · also: ${content.aliases?filter(a -> a != content.title)?join(", ")}</#if> · ${content.mentions?size} mention<#if content.mentions?size != 1>s</#if></p>
<ol class="mentions">
<#list content.mentions as m>
  <li>
    <blockquote cite="${m.uri}"><p>${m.snippet}</p></blockquote>
    <p class="meta"><a href="${m.uri}">${m.interview}, <span class="pid">${m.paragraph}</span></a></p>
  </li>
</#list>
</ol>
</@layout.page>
