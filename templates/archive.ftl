<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/listing.ftl" as listing>
<#assign root = content.rootpath!"">
<@layout.page title=content.title kind="home">
<#if content.years??>
<h1>Archive by year</h1>
<p class="range">${content.total_text}.</p>
<ul class="year-list">
<#list content.years as y>
  <li>
    <a class="year" href="${root}${y.uri}">${y.year}</a> <span class="count">${y.count_text}</span>
    <ul class="chips small"><#list y.months as m><li><a href="${root}${m.uri}" aria-label="${m.name}: ${m.count_text}">${m.short}</a> <span class="count">${m.count}</span></li></#list></ul>
  </li>
</#list>
</ul>
<#else>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="index.html">Archive</a></li><li><span aria-current="page">${content.year?cap_first}</span></li></ol></nav>
<h1>${content.title}</h1>
<p class="range">${content.total_text}.</p>
<#list content.months as m>
<section class="month" aria-labelledby="${m.id}">
  <h2 id="${m.id}">${m.name} <span class="count">${m.count_text}</span></h2>
  <@listing.entries list=m.interviews root=root/>
</section>
</#list>
</#if>
</@layout.page>
