<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=content.title kind="index">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="index.html">Names</a></li><li><a href="index.html#kind-${content.kind}">${content.kind?cap_first}</a></li><li><span aria-current="page">${content.title}</span></li></ol></nav>
<h1>${content.title}</h1>
<p class="meta">${content.kind?cap_first}<#if (content.aliases![])?size gt 1> · also: ${content.aliases?filter(a -> a != content.title)?join(", ")}</#if> · ${content.mention_count} mention<#if content.mention_count != 1>s</#if></p>
<#list content.groups as g>
<section class="mention-group">
  <h2><a href="${g.uri}">${g.interview}</a></h2>
  <ol class="mentions">
  <#list g.mentions as m>
    <li>
      <blockquote cite="${m.uri}"><p><#if m.cut_before!false><span class="elided">… </span></#if>${m.snippet}<#if m.cut_after!false><span class="elided"> …</span></#if></p></blockquote>
      <p class="meta"><a href="${m.uri}">${m.question}, <span class="pid">${m.paragraph}</span></a></p>
    </li>
  </#list>
  </ol>
</section>
</#list>
</@layout.page>
