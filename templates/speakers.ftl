<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = content.rootpath!"">
<@layout.page title=content.title kind="index">
<#if content.letter??>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="../index.html">Speakers</a></li><li><span aria-current="page">${content.letter}</span></li></ol></nav>
</#if>
<h1>${content.title}</h1>
<p class="intro">Everyone who speaks in the transcripts, besides the questioners: ${content.total_text}. Each leads to the transcripts they speak in, newest first.</p>
<#if content.split>
<nav aria-label="Speakers by initial"><ul class="chips"><#list content.letters as l><li><a href="${root}${l.uri}">${l.letter}</a></li></#list></ul></nav>
<#else>
<#list content.letters as l>
<section aria-labelledby="${l.id}">
  <h2 id="${l.id}">${l.letter}</h2>
  <ul class="chips"><#list l.speakers as s><li><a href="${root}${s.uri}">${s.name}</a> <span class="count">${s.count}</span></li></#list></ul>
</section>
</#list>
</#if>
</@layout.page>
